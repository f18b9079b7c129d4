import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router-dom';
import { usePermissions } from '../../shared/permissions';
import { navigationFor, type NavigationEntry } from './navigation';

export const DRAWER_WIDTH = 248;

function NavItem({ entry, onNavigate }: { entry: NavigationEntry; onNavigate: () => void }) {
  const { t } = useTranslation();
  const selected = useMatch({ path: entry.to, end: entry.end ?? false }) !== null;
  return (
    <ListItemButton
      component={NavLink}
      to={entry.to}
      end={entry.end}
      selected={selected}
      onClick={onNavigate}
      sx={{
        borderRadius: 2,
        mx: 1.5,
        mb: 0.5,
        '&.Mui-selected': { color: 'primary.dark', fontWeight: 600 },
        '&.Mui-selected .MuiListItemIcon-root': { color: 'primary.main' },
      }}
    >
      <ListItemIcon sx={{ minWidth: 40 }}>{entry.icon}</ListItemIcon>
      <ListItemText primary={t(entry.label)} slotProps={{ primary: { sx: { fontWeight: 'inherit' } } }} />
    </ListItemButton>
  );
}

export interface NavDrawerProps {
  /** Permanent beside the content (desktop) or a temporary panel opened by the burger (phones). */
  variant: 'permanent' | 'temporary';
  open: boolean;
  onClose: () => void;
  /** Shown at the top of the temporary drawer, which covers the app bar. */
  title: string;
}

export function NavDrawer({ variant, open, onClose, title }: NavDrawerProps) {
  const { t } = useTranslation();
  const { canAny } = usePermissions();
  return (
    <Drawer
      variant={variant}
      open={variant === 'permanent' || open}
      onClose={onClose}
      ModalProps={{ keepMounted: true }}
      sx={{
        width: DRAWER_WIDTH,
        flexShrink: 0,
        '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box', bgcolor: 'background.default' },
      }}
    >
      <Toolbar
        sx={{
          minHeight: { xs: 56, sm: 64 },
          borderBottom: variant === 'temporary' ? 1 : 0,
          borderColor: 'divider',
        }}
      >
        {variant === 'temporary' ? (
          <Typography variant="h6" component="p" noWrap sx={{ color: 'primary.dark' }}>
            {title}
          </Typography>
        ) : null}
      </Toolbar>
      <Box component="nav" aria-label={t('shell.navigation')} sx={{ pt: 2, flexGrow: 1 }}>
        <List disablePadding>
          {navigationFor(canAny).map((entry) => (
            <NavItem
              key={entry.to}
              entry={entry}
              onNavigate={variant === 'temporary' ? onClose : () => undefined}
            />
          ))}
        </List>
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ px: 3, py: 2 }}>
        {t('app.name')}
      </Typography>
    </Drawer>
  );
}
