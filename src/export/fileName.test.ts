import { describe, expect, it } from 'vitest';
import { exportFileName } from './fileName';

describe('exportFileName', () => {
  it('uses the model file stem with the asked extension', () => {
    expect(exportFileName('Reducing reoffending', 'png')).toBe('reducing-reoffending.png');
    expect(exportFileName('Reducing reoffending', '.pdf')).toBe('reducing-reoffending.pdf');
    expect(exportFileName('Reducing reoffending', 'png', '-view')).toBe('reducing-reoffending-view.png');
  });

  it('falls back to the model file default for a title with no letters or digits', () => {
    expect(exportFileName('<img src=x onerror=alert(1)>', 'svg')).toBe('img-src-x-onerror-alert-1.svg');
    expect(exportFileName('  ***  ', 'md')).toBe('logic-model.md');
  });
});
