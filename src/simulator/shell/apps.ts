import type { FrameKind } from '../engine/index.js';

/** A page the desktop hosts, as one section of `interaction.web-content` / `workspace.web-content`. */
export interface HostedAppSpec {
  /** Absolute, or relative to the shell's page. */
  url: string;
  /** A global tab, an interaction-level view, a popup window or a hidden frame. */
  kind: FrameKind;
  /** The name the desktop shows (tab title, frame caption). */
  label: string;
}

export const FRAME_KINDS: readonly FrameKind[] = ['tab', 'interaction', 'popup', 'hidden'];

export function appOrigin(url: string): string {
  return new URL(url, document.baseURI).origin;
}

/**
 * Resolves URLs and makes labels unique: the shell finds an app's frame again after a desktop
 * reload (which renumbers frameIds) by its label, kind and origin.
 */
export function normalizeApps(apps: readonly HostedAppSpec[]): HostedAppSpec[] {
  const seen = new Map<string, number>();
  return apps.map((app) => {
    const count = (seen.get(app.label) ?? 0) + 1;
    seen.set(app.label, count);
    return { ...app, url: new URL(app.url, document.baseURI).href, label: count === 1 ? app.label : `${app.label} (${count})` };
  });
}

/** The accepted-origins option a desktop configured for exactly these apps would have. */
export function acceptedOriginsFor(apps: readonly HostedAppSpec[]): string {
  return [...new Set(apps.map((app) => appOrigin(app.url)))].join(', ');
}

/** Reads the `apps` attribute: a JSON array of `{ url, kind, label }`; bad entries are dropped. */
export function parseApps(value: string | null): HostedAppSpec[] {
  if (!value) return [];
  try {
    const data: unknown = JSON.parse(value);
    if (!Array.isArray(data)) return [];
    return data.filter(
      (item): item is HostedAppSpec =>
        typeof item === 'object' &&
        item !== null &&
        typeof item.url === 'string' &&
        typeof item.label === 'string' &&
        FRAME_KINDS.includes(item.kind),
    );
  } catch {
    return [];
  }
}
