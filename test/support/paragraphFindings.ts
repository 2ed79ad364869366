// One executive paragraph and its translation set in a short call, and the figure findings analyze() gives them.
import { analyze } from '../../src/analysis/analyze';

/** The figure findings of one executive paragraph and its translation, as `code EN|ZH`. */
export function paragraphFindings(english: string, chinese: string): string[] {
  const text = ['Operator: Welcome to the call.', '接線員：歡迎參加電話會議。', `Jane Doe (CFO): ${english}`, `珍·多伊：${chinese}`, 'Jane Doe (CFO): Thank you all for joining today.', '珍·多伊：感謝大家今天的參與。'].join('\n');
  return analyze(text)
    .findings.filter((f) => f.code !== 'translation-truncated')
    .map((f) => `${f.code} ${f.english?.text ?? ''}|${f.chinese?.text ?? ''}`);
}

/** Only the codes of paragraphFindings. */
export const paragraphCodes = (english: string, chinese: string): string[] => paragraphFindings(english, chinese).map((finding) => finding.split(' ')[0]);
