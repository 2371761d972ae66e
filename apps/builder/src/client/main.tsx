import "@chorus/tokens/tokens.css";
import "./app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { adoptTokenFromUrl } from "./api.js";
import { App } from "./app.js";

adoptTokenFromUrl();
// Opening the token link in a tab that already shows the builder only changes the hash.
window.addEventListener("hashchange", () => {
  if (/token=/.test(location.hash)) {
    adoptTokenFromUrl();
    location.reload();
  }
});
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
