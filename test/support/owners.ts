import { TEAMS, type Decision, type Owner } from '../../rules';

/** An owner as the lists of owners without a service write it: "role | agency". */
export const ownerKey = (owner: Owner): string => `${owner.role} | ${owner.agency ?? ''}`;

/** The owners of the decisions' steps (and, with `decidedBy`, of their outcomes) that name no service, each once,
 * sorted: compared with a flow's list of owners that deliberately have none, so a new untagged owner fails. */
export function ownersWithoutService(decisions: Decision[], options: { decidedBy?: boolean } = {}): string[] {
  const owners = decisions.flatMap((d) => [...d.nextSteps.map((s) => s.owner), ...(options.decidedBy ? [d.outcome.decidedBy] : [])]);
  return [...new Set(owners.filter((o) => o.team === undefined).map(ownerKey))].sort();
}

/** Every service the decisions' owners name that is neither one of TEAMS nor the asker. */
export function unknownServices(decisions: Decision[]): string[] {
  const named = decisions.flatMap((d) => [...d.nextSteps.map((s) => s.owner.team), d.outcome.decidedBy.team]);
  return named.filter((t): t is NonNullable<typeof t> => t !== undefined && t !== 'asker' && !(TEAMS as readonly string[]).includes(t));
}

/** The two checks every flow's owners pass, declared inside the flow's describe: only the listed owners (and
 * outcomes' deciders) name no service, and every service named is one of TEAMS or the asker. */
export function ownersNameTheirService(decisions: () => Decision[], noService: readonly string[]): void {
  test('every owner with no service in the public scenarios is one that deliberately has none', () => {
    expect(ownersWithoutService(decisions(), { decidedBy: true })).toEqual([...noService].sort());
  });

  test('every service named is one of the services, or the asker', () => {
    expect(unknownServices(decisions())).toEqual([]);
  });
}
