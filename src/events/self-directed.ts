import type { Actor } from '../model.js';

// Roles that are the state: a country and one of these are one party ("Japan" and "the Japanese government").
const STATE_ROLES = new Set(['GOV', 'MIL', 'DIP', 'LEG', 'JUD', 'COP', 'SPY']);

/**
 * An actor never acts on itself; within one country, a role acting on another role counts (the opposition
 * against the government), and so do the country and its people outside the state ("Croatia investigated
 * Croatian extremists", "rebels attacked Nigeria"), but not the country and one of its own agencies.
 */
export function selfDirected(source: Actor, target: Actor | null): boolean {
  if (!target) return false;
  if (source.code === target.code) return true;
  if (source.country !== target.country || source.country === 'IGO') return false;
  if (!source.role === !target.role) return false;
  const role = source.role ?? target.role;
  return role === undefined || STATE_ROLES.has(role);
}
