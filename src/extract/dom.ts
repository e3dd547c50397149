/**
 * Minimal helpers over the domhandler tree that cheerio wraps. The main-text
 * pass walks raw nodes instead of going through cheerio selections because it
 * visits every node of large pages and must stay within a few milliseconds.
 * Types are imported type-only, so there is no runtime dependency beyond cheerio.
 */
import type { AnyNode, Element, Text } from "domhandler"

export type { AnyNode, Element, Text }

/** Elements include <script> and <style>, which domhandler types separately. */
export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style"
}

export function isText(node: AnyNode): node is Text {
  return node.type === "text"
}

export function hasChildren(node: AnyNode): node is AnyNode & { children: Array<AnyNode> } {
  return "children" in node && Array.isArray((node as { children?: unknown }).children)
}

/** Collapse all whitespace runs (including non-breaking and zero-width) to single spaces. */
export function squash(text: string): string {
  return text.replace(/[\s\u200b\u200c\u200d\ufeff]+/g, " ").trim()
}

/**
 * Squashed text of a subtree if it is at most `max` characters, else
 * undefined. Stops as soon as the raw text is clearly too long, so probing
 * many elements for short labels (bylines, dates) stays cheap. Iterative, so
 * absurdly deep markup cannot overflow the stack.
 */
export function shortText(node: AnyNode, max: number): string | undefined {
  let out = ""
  const stack: Array<AnyNode> = [node]
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode
    if (isText(n)) {
      out += n.data
      if (out.length > max * 4) return undefined
    } else if (n.type !== "script" && n.type !== "style" && n.type !== "comment" && hasChildren(n)) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode)
    }
  }
  const text = squash(out)
  return text.length <= max ? text : undefined
}
