import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';

/** What the last save said: shown above the save bar (an error as an alert, a success as a status). */
export type SaveFeedback = { severity: 'success' | 'error'; message: string } | null;

/**
 * The end of a settings form: the last save's feedback, then a bar stuck to the bottom of the screen
 * with the submit button (full width on a phone) and, when given, a `summary` on its left.
 */
export function SaveBar({
  feedback,
  disabled,
  saving,
  label,
  savingLabel,
  summary,
}: {
  feedback: SaveFeedback;
  disabled: boolean;
  saving: boolean;
  label: string;
  savingLabel: string;
  summary?: ReactNode;
}) {
  return (
    <>
      {feedback ? (
        <Alert severity={feedback.severity} role={feedback.severity === 'error' ? 'alert' : 'status'}>
          {feedback.message}
        </Alert>
      ) : null}
      <Box
        sx={{
          position: 'sticky',
          bottom: 0,
          zIndex: 1,
          py: 1.5,
          bgcolor: 'background.default',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'flex-end',
          gap: 2,
          borderTop: 1,
          borderColor: 'divider',
        }}
      >
        {summary !== undefined ? <Box sx={{ flexGrow: 1 }}>{summary}</Box> : null}
        <Button
          type="submit"
          variant="contained"
          disabled={disabled || saving}
          sx={summary === undefined ? { width: { xs: '100%', sm: 'auto' } } : undefined}
        >
          {saving ? savingLabel : label}
        </Button>
      </Box>
    </>
  );
}
