/** Who can do what: the four roles and the scopes an API token can carry. */
export const ROLES = ['admin', 'qa_manager', 'supervisor', 'agent'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Token scopes. A token acts as the user who created it (their role and data scope), and only on routes
 * whose rule names one of its scopes. `admin` stands for every scope.
 */
export const TOKEN_SCOPES = ['calls:read', 'calls:write', 'definitions:read', 'definitions:write', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** The scopes a role may put on its own tokens: never more than the role itself may do. */
const SCOPES_BY_ROLE: Record<Role, readonly TokenScope[]> = {
  admin: TOKEN_SCOPES,
  qa_manager: ['calls:read', 'calls:write', 'definitions:read', 'definitions:write'],
  supervisor: ['calls:read', 'calls:write', 'definitions:read'],
  agent: ['calls:read', 'definitions:read'],
};

export function scopesAllowedForRole(role: Role): readonly TokenScope[] {
  return SCOPES_BY_ROLE[role];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
