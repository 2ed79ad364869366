// Reads TypeScript sources with the compiler's parser (never by pattern matching), for tests that
// check properties of the code itself: its regular expressions, and the names of its tests.
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

export function parseSource(file: string, text = fs.readFileSync(file, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
}

export function sourceFilesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => path.join(folder, name));
}

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  ts.forEachChild(node, (child) => visit(child, each));
}

/** A regular expression in the code: a literal, or a `RegExp(...)` construction. */
export interface RegexSite {
  /** 1-based. */
  readonly line: number;
  /** The code as written (`/\d+/g` or `new RegExp(...)`). */
  readonly code: string;
  /** The regular expression, where it is known without running the module; null otherwise. */
  readonly regex: RegExp | null;
  readonly kind: 'literal' | 'constructed';
}

/**
 * The string a constant expression spells out: string literals, templates and `+` of them, and
 * identifiers bound by a `const` of such an expression in the same file. Null for anything else.
 */
function constantString(node: ts.Expression, file: ts.SourceFile, seen = new Set<string>()): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantString(node.expression, file, seen);
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const part = constantString(span.expression, file, seen);
      if (part === null) return null;
      text += part + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = constantString(node.left, file, seen);
    const right = left === null ? null : constantString(node.right, file, seen);
    return left === null || right === null ? null : left + right;
  }
  if (ts.isIdentifier(node) && !seen.has(node.text)) {
    const declaration = constDeclaration(file, node.text);
    if (!declaration?.initializer) return null;
    // `seen` holds the names being expanded, so a constant that refers to itself stops here.
    const inner = new Set(seen).add(node.text);
    return constantString(declaration.initializer, file, inner);
  }
  return null;
}

/** A module-level `const NAME = …` of the file. */
function constDeclaration(file: ts.SourceFile, name: string): ts.VariableDeclaration | undefined {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return declaration;
    }
  }
  return undefined;
}

function literalRegex(text: string): RegExp {
  const slash = text.lastIndexOf('/');
  return new RegExp(text.slice(1, slash), text.slice(slash + 1));
}

function constructedRegex(call: ts.NewExpression | ts.CallExpression, file: ts.SourceFile): RegExp | null {
  const [pattern, flags] = call.arguments ?? [];
  if (!pattern) return null;
  const source = constantString(pattern, file);
  const flagText = flags ? constantString(flags, file) : '';
  return source === null || flagText === null ? null : new RegExp(source, flagText);
}

export function regexSites(file: ts.SourceFile): RegexSite[] {
  const sites: RegexSite[] = [];
  visit(file, (node) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const code = node.getText(file);
      sites.push({ line, code, regex: literalRegex(code), kind: 'literal' });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      sites.push({ line, code: node.getText(file), regex: constructedRegex(node, file), kind: 'constructed' });
    }
  });
  return sites;
}

/** The names of the `it(...)` calls (with a constant name) inside `describe(...)` blocks whose name starts with `suite`. */
export function testNames(file: ts.SourceFile, suite: string): string[] {
  const names: string[] = [];
  const nameOf = (call: ts.CallExpression): string | null => (call.arguments[0] ? constantString(call.arguments[0], file) : null);
  const walk = (node: ts.Node, inSuite: boolean): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const name = nameOf(node);
      if (node.expression.text === 'describe') inSuite = name?.startsWith(suite) ?? false;
      else if (node.expression.text === 'it' && inSuite && name) names.push(name);
    }
    ts.forEachChild(node, (child) => walk(child, inSuite));
  };
  walk(file, false);
  return names;
}
