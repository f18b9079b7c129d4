import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import type { SaveFeedback } from './SaveBar';

/** What a settings form says once saved, and before the server's reason when saving failed. */
export interface SaveMessages {
  saved: string;
  saveError: string;
}

/** A mutation's answer, as urql gives it. */
interface SaveResult<T> {
  data?: T | null;
  error?: CombinedError;
}

/**
 * The save cycle the settings forms share: the server's field errors mapped onto the form's own fields
 * (`fieldOf`: the server's field path → the form's field; without it, the server's names are kept), and
 * the feedback shown by `SaveBar`; both cleared by `edited()` when a field changes.
 */
export function useSettingsSave<F extends string>(
  messages: SaveMessages,
  fieldOf?: Readonly<Partial<Record<string, F>>>,
) {
  const { t } = useTranslation();
  const [serverErrors, setServerErrors] = useState<Partial<Record<F, string>>>({});
  const [feedback, setFeedback] = useState<SaveFeedback>(null);

  const edited = () => {
    setServerErrors({});
    setFeedback(null);
  };

  /** Hands a successful answer's data to `onSaved` and says so; or shows what the server refused. */
  const settle = <T>(result: SaveResult<T>, onSaved: (data: T) => void) => {
    if (result.data) {
      onSaved(result.data);
      setServerErrors({});
      setFeedback({ severity: 'success', message: messages.saved });
    } else if (result.error) {
      const inline: Partial<Record<F, string>> = {};
      for (const [field, message] of Object.entries(fieldErrors(result.error))) {
        const own = fieldOf ? fieldOf[field] : (field as F);
        if (own !== undefined) inline[own] = message;
      }
      setServerErrors(inline);
      setFeedback({
        severity: 'error',
        message: `${messages.saveError} ${errorMessage(result.error, {
          network: t('errors.network'),
          unexpected: t('errors.unexpected'),
        })}`,
      });
    }
  };

  return { serverErrors, feedback, edited, settle, clearFeedback: () => setFeedback(null) };
}
