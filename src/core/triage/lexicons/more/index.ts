import type { SupportedLanguage } from "../../../languages.ts";
import type { LexiconExtension } from "../lexicon.ts";
import { da } from "./da.ts";
import { de } from "./de.ts";
import { es } from "./es.ts";
import { fi } from "./fi.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { nl } from "./nl.ts";
import { no } from "./no.ts";
import { pl } from "./pl.ts";
import { pt } from "./pt.ts";
import { sv } from "./sv.ts";

/**
 * Coverage added per language to bring the eleven non-English lexicons up to the breadth
 * of en.ts, category by category: how customers really say each thing (inflected forms,
 * informal and voice-transcript spellings, the country's own consumer bodies).
 */
export const MORE: Partial<Record<SupportedLanguage, LexiconExtension>> = { sv, de, fr, es, nl, pl, it, fi, da, no, pt };
