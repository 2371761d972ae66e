export {
  type LockupBrand,
  lockupBrandFromKit,
  PartnerLockup,
  type PartnerLockupProps,
} from "./partner-lockup.js";
