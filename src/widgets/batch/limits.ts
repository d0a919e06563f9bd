/** What /batch/ refuses before parsing, and the messages (limits of a list read in the browser). */
/** 20 MB: larger lists are split by the office (a browser tab holds the whole file and its parsed rows). */
const MAX_FILE_MB = 20;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
export const MAX_ROWS = 200_000;

export const TOO_BIG_MESSAGE = `文件超过 ${MAX_FILE_MB} MB，无法在浏览器中处理。请把名单分成几个文件，每个不超过 ${MAX_FILE_MB} MB。`;
export const TOO_MANY_ROWS_MESSAGE = `名单超过 ${MAX_ROWS.toLocaleString('en-US')} 行，无法在浏览器中处理。请分成几个文件。`;
export const BAD_XLSX_MESSAGE =
  '无法读取这个 XLSX 文件：文件可能已损坏，或不是 Excel/WPS 保存的 .xlsx 格式。请在 Excel 或 WPS 中打开后另存为 .xlsx 或 .csv 再试。';
export const UNKNOWN_TYPE_MESSAGE =
  '只能读取 .csv 和 .xlsx 文件（在 Excel 或 WPS 中用“另存为”可以存成 .csv 或 .xlsx）。';
export const NO_HEADER_MESSAGE =
  '没有找到表头：第一行（或说明行之后的第一行）应是列名，例如“姓名”“当前职业技能等级”。可以先下载模板，按模板填写。';
