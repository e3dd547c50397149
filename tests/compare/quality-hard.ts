import type { QualityCase } from "./quality-set.js"
export const paraphraseCases = (): Array<QualityCase> => []
export const hardCases = (): Array<QualityCase> => []
