import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** A deep teal-blue: the ink of official documents, calm on screens used all day. */
const mizan: MantineColorsTuple = [
  '#e6f6f7',
  '#cfe9eb',
  '#a0d2d6',
  '#6dbac0',
  '#45a6ad',
  '#2b99a1',
  '#1a929b',
  '#047f87',
  '#007179',
  '#005f67',
];

const latinStack = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
export const arabicStack = '"Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", Tahoma, "Geeza Pro", sans-serif';

export const theme = createTheme({
  primaryColor: 'mizan',
  colors: { mizan },
  primaryShade: { light: 7, dark: 4 },
  fontFamily: latinStack,
  headings: { fontFamily: latinStack, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { radius: 'md' } },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
  },
});
