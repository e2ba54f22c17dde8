// Article bodies are plain text: blank lines separate paragraphs, "## " marks a subheading.
export type BodyBlock = { kind: 'paragraph' | 'heading'; text: string };

export function splitBody(body: string): BodyBlock[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) =>
      block.startsWith('## ') ? { kind: 'heading', text: block.slice(3).trim() } : { kind: 'paragraph', text: block },
    );
}
