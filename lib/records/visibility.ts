/** What donors may see: published records that have not been deleted. */
export const publicWhere = { status: "PUBLISHED", deletedAt: null } as const;
