import { adaptiveCardsHostConfig, cardBackgrounds, chatStyle } from '../../bot/webchat/page';

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('the local Web Chat client is readable (WCAG AA, 4.5:1 for text)', () => {
  const styles = Object.entries(adaptiveCardsHostConfig.containerStyles);

  test('every card colour, default and subtle, on every card background (the tones\' included)', () => {
    const failures: string[] = [];
    for (const [style, { backgroundColor, foregroundColors }] of styles) {
      for (const [name, colors] of Object.entries(foregroundColors)) {
        for (const [variant, color] of Object.entries(colors)) {
          const ratio = contrast(color, backgroundColor);
          if (ratio < 4.5) failures.push(`${name}/${variant} ${color} on ${style} ${backgroundColor}: ${ratio.toFixed(2)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(styles.map(([s]) => s).sort()).toEqual(Object.keys(cardBackgrounds).sort());
  });

  test('chat accent, subtle and bubble text on white and on the user\'s bubble', () => {
    for (const color of [chatStyle.accent, chatStyle.subtle, chatStyle.timestampColor, chatStyle.bubbleTextColor]) expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(chatStyle.bubbleFromUserTextColor, chatStyle.bubbleFromUserBackground)).toBeGreaterThanOrEqual(4.5);
    expect(chatStyle.autoScrollSnapOnActivity).toBe(true);
  });
});
