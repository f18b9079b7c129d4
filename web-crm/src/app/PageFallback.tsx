import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';

/** While a route's code loads (first visit, slow network): a thin progress bar, nothing that jumps. */
export function PageFallback() {
  return (
    <Box aria-busy="true" sx={{ minHeight: '100vh' }}>
      <LinearProgress sx={{ height: 2 }} />
    </Box>
  );
}
