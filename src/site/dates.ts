/** A YYYY-MM-DD date as Chinese readers write it: 2020年2月8日 (the same in both scripts). */
export function formatDate(isoDate: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	return `${year}年${month}月${day}日`;
}
