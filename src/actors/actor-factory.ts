import type { Actor, IsoDay, RoleCode } from '../model.js';
import { type GroupRecord, type KnowledgeBase, type PersonRecord, groupCodeOn, roleOn } from './knowledge-base.js';

/** Builds the `Actor` values mentions resolve to, with CAMEO codes (`KOR`, `KORGOV`, `IGOUNO`). */
export const ActorFactory = Object.freeze({
  country(kb: KnowledgeBase, code: string, role?: RoleCode): Actor {
    const name = kb.country(code)?.name ?? code;
    return role
      ? { code: code + role, country: code, name, role, kind: 'country' }
      : { code, country: code, name, kind: 'country' };
  },
  /** A known person as coded on `day`; `role` overrides the post's role ("former President X" is ELI). */
  person(person: PersonRecord, day: IsoDay, roleOverride?: RoleCode): Actor {
    const role = roleOverride ?? roleOn(person, day);
    return {
      code: person.country + (role ?? ''),
      country: person.country,
      name: person.name,
      ...(role ? { role } : {}),
      entity: person.id,
      kind: 'person',
    };
  },
  learned(name: string, country: string, role?: RoleCode): Actor {
    return { code: country + (role ?? ''), country, name, ...(role ? { role } : {}), kind: 'person' };
  },
  /** A named group as coded on `day`: "the Taliban" are AFGREB before 2021-08-15 and AFGGOV from then. */
  group(group: GroupRecord, day: IsoDay): Actor {
    const { country, role } = groupCodeOn(group, day);
    return {
      code: country + role,
      country,
      name: group.name,
      role,
      entity: group.id,
      kind: 'group',
    };
  },
  /** A body of civil society no country is named for ("a human rights group"): CAMEO's generic `NGO` with a role. */
  civilSociety(role: RoleCode): Actor {
    return { code: `NGO${role}`, country: 'NGO', name: 'non-governmental organization', role, kind: 'organization' };
  },
  /** A named body of civil society no list knows and no country is named for ("the Third World Water Forum"). */
  namedCivilBody(name: string): Actor {
    return { code: 'NGO', country: 'NGO', name, kind: 'organization' };
  },
  organization(code: string, name: string): Actor {
    return { code, country: 'IGO', name, entity: code, kind: 'organization' };
  },
  /** An international body of the knowledge base by its code (`IGOUNO`), with its name when it has one. */
  knownOrganization(kb: KnowledgeBase, code: string): Actor {
    return ActorFactory.organization(code, kb.organizations.find((o) => o.code === code)?.name ?? code);
  },
});
