// A Teams-like host config (light theme) for the adaptivecards renderer. Values follow Microsoft's
// "microsoft-teams-light" host config shipped with the Adaptive Cards designer (MIT); the font stack adds
// open fonts with Vietnamese coverage, because Segoe UI is not installed on Linux.
export const fontFamily = "'Segoe UI', 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', sans-serif";
const fontSizes = { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 };
const fontWeights = { lighter: 200, default: 400, bolder: 600 };

const foregroundColors = {
  default: { default: '#ff252424', subtle: '#bf252424' },
  dark: { default: '#252424', subtle: '#bf252424' },
  light: { default: '#ffffff', subtle: '#fff3f2f1' },
  accent: { default: '#6264a7', subtle: '#8b8cc7' },
  good: { default: '#92c353', subtle: '#e592c353' },
  warning: { default: '#f8d22a', subtle: '#e5f8d22a' },
  attention: { default: '#c4314b', subtle: '#e5c4314b' },
};
const style = (backgroundColor, borderColor) => ({ backgroundColor, borderColor, foregroundColors });

export const teamsHostConfig = {
  supportsInteractivity: true,
  choiceSetInputValueSeparator: ',',
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#EEEEEE' },
  imageSizes: { small: 32, medium: 52, large: 100 },
  fontTypes: {
    default: { fontFamily, fontSizes, fontWeights },
    monospace: { fontFamily: "'Courier New', 'Liberation Mono', 'DejaVu Sans Mono', monospace", fontSizes, fontWeights },
  },
  textStyles: { heading: { fontType: 'default', size: 'large', weight: 'bolder', color: 'default', isSubtle: false } },
  textBlock: { headingLevel: 2 },
  containerStyles: {
    default: style('#ffffff', '#CCCCCC'),
    emphasis: style('#fff9f8f7', '#666666'),
    accent: style('#C7DEF9', '#62A8F7'),
    good: style('#CCFFCC', '#69E569'),
    attention: style('#FFC5B2', '#FF764C'),
    warning: style('#FFE2B2', '#FFBC51'),
  },
  actions: {
    maxActions: 6, spacing: 'Default', buttonSpacing: 8, actionsOrientation: 'Horizontal', actionAlignment: 'Left',
    showCard: { actionMode: 'Inline', inlineTopMargin: 16, style: 'emphasis' },
  },
  adaptiveCard: { allowCustomStyle: false },
  factSet: {
    title: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Bolder', wrap: true },
    value: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Default', wrap: true },
    spacing: 16,
  },
};
