/** English terms of `<wwe-toast-trigger>`. */
export const toastTerms = {
  'toast.show': 'Show notification',
  'toast.update': 'Update notification',
  'toast.close': 'Close notification',
  'toast.opened': 'Notification shown',
  'toast.closed': 'Notification closed',
  'toast.clicked': '{button} clicked',
} as const;
