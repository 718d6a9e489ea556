export type { TriageDecision, TriageEngine, TriageInput, FollowUpContext } from "./triage-engine.ts";
export { createTriageEngine, decideFromFeatures, scoreFeatures } from "./create-triage-engine.ts";
export {
  DEFAULT_TRIAGE_MODEL,
  DEFAULT_COST_RATIO,
  parseTriageModel,
  thresholdForCostRatio,
  type TriageModel,
  type CrossValidatedFigures,
} from "./model.ts";
export { extractFeatures, normaliseTopic } from "./features.ts";
export { FEATURES, REASONS, type Feature, type FeatureVector } from "./signals.ts";
export { calibrate, costThreshold, type CalibrationOptions, type CalibrationResult, type RouteFigures } from "./calibration/calibrate.ts";
export { parseCsv, parseCsvRecords } from "./io/csv.ts";
export { csvRowToRecord, parseInquiryLine, readLabel, type InquiryRecord, type ParsedLine } from "./io/inquiry-input.ts";
export { analyzeInquiries, USEFUL_ASSISTANT_SHARE, type SegmentationReport, type TopicRow, type LabelledFigures, type Verdict } from "./analysis/analyze.ts";
export { renderReportHtml } from "./analysis/report-html.ts";
