import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DetailsDrawerProps {
  open: boolean;
  title: string;
  fullWidth: boolean;
  onClose: () => void;
  children: ReactNode;
}

/** The side panel that shows a booking or a block (full width on phones). */
export function DetailsDrawer({ open, title, fullWidth, onClose, children }: DetailsDrawerProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      // Above the desktop app bar (which sits above the navigation drawer).
      sx={(theme) => ({ zIndex: theme.zIndex.modal })}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-labelledby': titleId,
          sx: { width: fullWidth ? '100%' : 420, maxWidth: '100%' },
        },
      }}
    >
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          px: 2.5,
          py: 1.5,
          borderBottom: 1,
          borderColor: 'divider',
          position: 'sticky',
          top: 0,
          bgcolor: 'background.paper',
          zIndex: 1,
        }}
      >
        <Typography id={titleId} variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        <IconButton aria-label={t('agenda.details.close')} onClick={onClose} edge="end">
          <CloseOutlined />
        </IconButton>
      </Box>
      <Box sx={{ px: 2.5, py: 1.5 }}>{children}</Box>
    </Drawer>
  );
}
