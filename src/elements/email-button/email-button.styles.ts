import { actionButtonStyles } from '../shared/action-button.styles.js';

export const emailButtonStyles = actionButtonStyles;
