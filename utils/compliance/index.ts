/** Public API of the compliance checker (drafts and library replies). */
export { checkDraft, checkLibrary, prepare, summarize, type LibraryReport, type Summary } from './check';
export { validateLists } from './compile';
export { DEFAULT_LISTS, mergeLists } from './lists';
export { digitsView, textView, type View } from './normalize';
export {
  CATEGORIES,
  type Category,
  type CategoryLists,
  type ComplianceExtra,
  type ComplianceLists,
  type Finding,
  type RuleGroup,
  type Severity,
  type ToneCue,
  type ToneLists,
} from './types';
