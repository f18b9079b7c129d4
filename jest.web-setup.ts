import '@testing-library/jest-dom/jest-globals';
import { configure } from '@testing-library/react';

// Not a timing assertion: how long `findBy…`/`waitFor` keep looking before failing. The default (1 s)
// made a loaded CI machine fail tests whose screens were merely slow to render.
configure({ asyncUtilTimeout: 5_000 });
