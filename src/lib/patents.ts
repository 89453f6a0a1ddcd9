/** Patent documents: their printed reference and their public register entry. */
import type { PatentMember } from '../schemas/patent.ts';

/** "EP 3991102 A1", "WO 2020/260656 A1", "CN 107636693". */
export function patentReference(member: Pick<PatentMember, 'office' | 'number' | 'kindCode'>): string {
  return [member.office, member.number, member.kindCode].filter(Boolean).join(' ');
}

/** Espacenet (covers every office) searched by publication number, e.g. pn=WO2020260656A1. */
export function espacenetUrl(member: Pick<PatentMember, 'office' | 'number' | 'kindCode'>): string {
  const number = `${member.office}${member.number.replace(/[^0-9A-Z]/g, '')}${member.kindCode ?? ''}`;
  return `https://worldwide.espacenet.com/patent/search?q=pn%3D${number}`;
}
