export { launchChromium } from "@chorus/testing";
