/** The tool's version, as reports and the User-Agent name it. Kept in step with package.json. */
export const TOOL_VERSION = "0.1.0"
