import Box from '@mui/material/Box';
import { keyframes } from '@mui/material/styles';

const slide = keyframes`
  from { transform: translateX(-100%); }
  to { transform: translateX(250%); }
`;

/**
 * While a route's code loads (first visit, slow network): a thin moving bar, nothing that jumps. A
 * plain styled box rather than MUI's LinearProgress, which would put its 10 kB in both entry chunks.
 */
export function PageFallback() {
  return (
    <Box aria-busy="true" sx={{ minHeight: '100vh' }}>
      <Box role="progressbar" sx={{ height: 2, overflow: 'hidden', bgcolor: 'primary.light' }}>
        <Box
          sx={{
            width: '40%',
            height: '100%',
            bgcolor: 'primary.main',
            animation: `${slide} 1.4s ease-in-out infinite`,
            '@media (prefers-reduced-motion: reduce)': { animation: 'none', width: '100%' },
          }}
        />
      </Box>
    </Box>
  );
}
