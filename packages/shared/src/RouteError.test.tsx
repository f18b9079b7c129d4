import { render, screen } from '@testing-library/react';
import { RouteError } from './RouteError';

describe('RouteError', () => {
  it('is an alert with a title and a reload button, without MUI Button or Typography', () => {
    render(<RouteError />);
    expect(screen.getByRole('alert').tagName).toBe('MAIN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('routeError.title');
    const reload = screen.getByRole('button', { name: 'routeError.reload' });
    expect(reload.getAttribute('type')).toBe('button');
    expect(reload.className).not.toContain('MuiButton-root');
  });
});
