/** An award named in one line: "ERCIM – Cor Baayen Young Researcher Award (finalist)". */
export function awardLabel(award: { name: string; rank?: string | undefined; descriptionText?: string | undefined }): string {
  return `${award.name}${award.descriptionText ? ` – ${award.descriptionText}` : ''}${award.rank ? ` (${award.rank})` : ''}`;
}
