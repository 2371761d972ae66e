export { ResourceCard, type ResourceCardProps, smsHref, telHref } from "./resource-card.js";
export { ResourceList, type ResourceListProps } from "./resource-list.js";
