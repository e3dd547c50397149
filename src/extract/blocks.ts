/**
 * Flatten a document into text blocks in one depth-first walk.
 *
 * A block is a maximal run of inline content between block-level boundaries
 * ("<p>a <a>b</a></p>" is one block, a div's loose text before a nested <p> is
 * another). Every element visited records the half-open range of block indices
 * it spans, so any subtree's text statistics are a prefix-sum lookup later:
 * choosing the content container needs no second walk and no DOM mutation.
 *
 * The walk is iterative: malformed pages (thousands of unclosed <div>s or
 * <font>s) nest deeper than the JS call stack allows.
 */
import { dropKind, type DropKind } from "./boilerplate.js"
import { hasChildren, isElement, isText, type AnyNode, type Element } from "./dom.js"

/** Elements that start a new block; everything else is inline. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "html", "body", "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
  "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
  "tr", "td", "th", "caption", "figure", "figcaption", "header", "footer", "aside", "nav", "form",
  "address", "details", "summary", "fieldset", "legend", "hr", "center", "hgroup", "menu", "dialog"
])

/** Ancestor context of a block, as bits, so render rules can ask "inside a table?" cheaply. */
export const Ctx = {
  FIGURE: 1,
  TABLE: 2,
  LIST: 4,
  QUOTE: 8,
  HEADING: 16,
  PRE: 32
} as const

const CONTEXT_BITS: Readonly<Record<string, number>> = {
  figure: Ctx.FIGURE, figcaption: Ctx.FIGURE, table: Ctx.TABLE, ul: Ctx.LIST, ol: Ctx.LIST, dl: Ctx.LIST,
  blockquote: Ctx.QUOTE, h1: Ctx.HEADING, h2: Ctx.HEADING, h3: Ctx.HEADING, h4: Ctx.HEADING,
  h5: Ctx.HEADING, h6: Ctx.HEADING, pre: Ctx.PRE
}

export interface TextBlock {
  /** Whitespace-collapsed text; "<br>" becomes "\n". */
  readonly text: string
  /** Tag of the nearest block-level ancestor: "p", "li", "h2", "td", "div"... ("" at the root). */
  readonly tag: string
  readonly chars: number
  /** Characters inside <a> elements. */
  readonly linkChars: number
  /** Ctx bits of the enclosing elements. */
  readonly ctx: number
}

export interface ElementSpan {
  readonly el: Element
  /** Blocks [start, end) lie inside this element. */
  readonly start: number
  readonly end: number
  readonly depth: number
  readonly drop: DropKind
}

export interface BlockModel {
  readonly blocks: ReadonlyArray<TextBlock>
  /** Every element visited, in document (pre-)order. */
  readonly spans: ReadonlyArray<ElementSpan>
}

const collapse = (s: string): string => s.replace(/[ \t\r\n\f\v\u00a0\u200b\u200c\u200d\ufeff\u2028\u2029]+/g, " ")

/** An element whose children are being visited. */
interface Frame {
  readonly el: Element
  readonly spanIndex: number
  readonly isBlock: boolean
  readonly bit: number
}

type MutableSpan = { -readonly [K in keyof ElementSpan]: ElementSpan[K] }

class Walker {
  readonly blocks: Array<TextBlock> = []
  readonly spans: Array<MutableSpan> = []
  private text = ""
  private linkChars = 0
  private linkDepth = 0
  private preDepth = 0
  /** Open-element count per context bit (index = bit position). */
  private readonly ctxDepth = new Int32Array(8)
  private ctx = 0
  private readonly owners: Array<string> = []

  private flush(): void {
    const text = this.text.includes("\n")
      ? this.text.split("\n").map((line) => line.trim()).filter((line) => line !== "").join("\n")
      : this.text.trim()
    const linkChars = Math.min(this.linkChars, text.length)
    this.text = ""
    this.linkChars = 0
    if (text === "") return
    const tag = this.owners[this.owners.length - 1] ?? ""
    this.blocks.push({ text, tag, chars: text.length, linkChars, ctx: this.ctx })
  }

  private addText(data: string): void {
    const piece = this.preDepth > 0 ? data.replace(/\r/g, "") : collapse(data)
    // Avoid doubled spaces where inline elements meet.
    this.text += this.text.endsWith(" ") && piece.startsWith(" ") ? piece.slice(1) : piece
    if (this.linkDepth > 0) this.linkChars += piece.trim().length
  }

  private setContext(bit: number, delta: 1 | -1): void {
    const i = 31 - Math.clz32(bit)
    const n = (this.ctxDepth[i] ?? 0) + delta
    this.ctxDepth[i] = n
    if (n > 0) this.ctx |= bit
    else this.ctx &= ~bit
  }

  /** Open an element; returns its frame, or undefined if its subtree is skipped. */
  private open(el: Element, depth: number): Frame | undefined {
    const name = el.name
    if (name === "br") {
      this.text += "\n"
      return undefined
    }
    const drop = dropKind(el)
    if (drop === "always") return undefined
    const isBlock = BLOCK_TAGS.has(name)
    if (isBlock) {
      this.flush()
      this.owners.push(name)
    }
    if (name === "a") this.linkDepth++
    if (name === "pre") this.preDepth++
    const bit = CONTEXT_BITS[name] ?? 0
    if (bit !== 0) this.setContext(bit, 1)
    const start = this.blocks.length
    this.spans.push({ el, start, end: start, depth, drop })
    return { el, spanIndex: this.spans.length - 1, isBlock, bit }
  }

  private close(frame: Frame): void {
    const name = frame.el.name
    if (name === "pre") this.preDepth--
    if (name === "a") this.linkDepth--
    if (frame.isBlock) {
      this.flush()
      this.owners.pop()
    } else if (name === "img") {
      // Images separate words visually even inside inline runs.
      this.text += " "
    }
    if (frame.bit !== 0) this.setContext(frame.bit, -1)
    const span = this.spans[frame.spanIndex]
    if (span !== undefined) span.end = this.blocks.length
  }

  run(root: AnyNode): void {
    if (!hasChildren(root)) return
    const stack: Array<{ node: AnyNode & { children: Array<AnyNode> }; frame?: Frame; next: number }> = [{ node: root, next: 0 }]
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number]
      const child = top.node.children[top.next++]
      if (child === undefined) {
        stack.pop()
        if (top.frame !== undefined) this.close(top.frame)
        continue
      }
      if (isText(child)) {
        this.addText(child.data)
      } else if (isElement(child)) {
        const frame = this.open(child, stack.length - 1)
        if (frame !== undefined) stack.push({ node: child, frame, next: 0 })
      }
    }
    this.flush()
  }
}

/** Flatten the subtree under `root` (usually the document). */
export function buildBlocks(root: AnyNode): BlockModel {
  const walker = new Walker()
  walker.run(root)
  return { blocks: walker.blocks, spans: walker.spans }
}
