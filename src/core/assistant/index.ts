export { ExtractiveAssistant } from "./extractive-assistant.ts";
export { ModelAssistant, type ModelAssistantOptions, type BlockedAnswer, type BlockReason } from "./model-assistant.ts";
export { checkGroundedness, type GroundednessResult, type CitedPassage, type GroundednessOptions } from "./groundedness.ts";
export { maskPersonalData } from "./pii-masking.ts";
export { isNegativeFeedback } from "./feedback.ts";
