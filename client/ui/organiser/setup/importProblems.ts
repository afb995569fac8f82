import type { TFunction } from 'i18next';
import type { ImportFileError, ImportRowError } from '../../../../shared/exhibitorImport.ts';

/** A problem with the whole file, in the interface language. */
export function fileProblemText(t: TFunction, error: ImportFileError): string {
  return t(`setup.import.fileErrors.${error.code}`, { ...error.params });
}

/** A problem with one field of one row, naming the column as the file names it. */
export function rowProblemText(t: TFunction, error: ImportRowError): string {
  return t(`setup.import.rowErrors.${error.code}`, { ...error.params, field: error.field });
}
