#!/usr/bin/env node
// An installed `gongkai` runs TypeScript sources: register tsx's ESM loader in this process (no second Node
// process, so signals and exit codes pass straight through), then load the CLI, which runs on import.
import {register} from "tsx/esm/api";

register();
await import("../pipeline/cli/main.ts");
