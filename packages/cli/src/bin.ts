import { nodeIO } from "./io.js";
import { main } from "./main.js";

main(process.argv.slice(2), nodeIO()).then((code) => {
  process.exitCode = code;
});
