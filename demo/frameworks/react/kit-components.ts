/**
 * React components for the kit's elements, made with @lit/react: props that the element class
 * declares are set as properties (objects and booleans arrive intact), and the mapped `on…` props
 * become event listeners for the kit's event names. The kit adds its events to
 * GlobalEventHandlersEventMap, which types each listener's `event.detail`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { WweDialButton } from '../../../src/elements/dial-button/dial-button.js';
import { WweUserdataEditor } from '../../../src/elements/userdata-editor/userdata-editor.js';
import { WweRecordingControl } from '../../../src/elements/recording-control/recording-control.js';
import { WweInteractionInfo } from '../../../src/elements/interaction-info/interaction-info.js';
import { WweEventLog } from '../../../src/elements/event-log/event-log.js';

export const DialButton = createComponent({
  react: React,
  tagName: 'wwe-dial-button',
  elementClass: WweDialButton,
  events: { onDial: 'wwe-dial' as EventName<GlobalEventHandlersEventMap['wwe-dial']> },
});

export const UserdataEditor = createComponent({
  react: React,
  tagName: 'wwe-userdata-editor',
  elementClass: WweUserdataEditor,
  // The element's own `input` (typing, or the desktop changed a shown value): read `value`.
  events: { onInput: 'input' },
});

export const RecordingControl = createComponent({
  react: React,
  tagName: 'wwe-recording-control',
  elementClass: WweRecordingControl,
  events: { onRecordingChange: 'wwe-recording-change' as EventName<GlobalEventHandlersEventMap['wwe-recording-change']> },
});

export const InteractionInfo = createComponent({ react: React, tagName: 'wwe-interaction-info', elementClass: WweInteractionInfo });

export const EventLog = createComponent({ react: React, tagName: 'wwe-event-log', elementClass: WweEventLog });
