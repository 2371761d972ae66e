export { Footer, type FooterOrganization, type FooterProps } from "./footer.js";
