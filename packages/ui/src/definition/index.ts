export { Definition, type DefinitionProps } from "./definition.js";
