import { useCallback, useEffect, useId, useState } from "react";
import { type Answer, ApiError, api, readJson } from "./api.js";

type Me = Answer<typeof api.me.$get>;
type Listing = Answer<typeof api.people.$get>;
type Person = Listing["people"][number];

const ROLES = [
  { id: "admin", label: "Admin", hint: "adds people and changes their roles" },
  { id: "author", label: "Author", hint: "writes and edits campaigns (the collaborative)" },
  { id: "reviewer", label: "Reviewer", hint: "reviews campaigns and comments" },
  { id: "approver", label: "Approver", hint: "approves campaigns (the collaborative)" },
  { id: "sender", label: "Sender", hint: "sends approved emails as the organization" },
] as const;
type Role = (typeof ROLES)[number]["id"];

/** Team mode: an admin's people, who can be added, given other roles or removed. */
export default function PeoplePage({ me }: { me: Me }) {
  const [orgId, setOrgId] = useState(me.person?.orgId ?? "");
  const [listing, setListing] = useState<Listing>();
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string }>();
  const orgSelect = useId();

  const load = useCallback(() => {
    readJson(api.people.$get({ query: { org: orgId } })).then(setListing, (e: Error) =>
      setMessage({ kind: "error", text: e.message }),
    );
  }, [orgId]);
  useEffect(load, [load]);

  async function act(run: () => Promise<unknown>, done: string) {
    setMessage(undefined);
    try {
      await run();
      setMessage({ kind: "success", text: done });
      load();
    } catch (error) {
      setMessage({ kind: "error", text: error instanceof ApiError ? error.message : String(error) });
    }
  }

  return (
    <section className="people" aria-labelledby="people-heading">
      <h1 id="people-heading">People</h1>
      <p>Everyone here signs in with a link sent to their email. Roles decide what each person can do.</p>
      {me.organizations.length > 1 ? (
        <div className="field field--narrow">
          <label htmlFor={orgSelect}>Organization</label>
          <select id={orgSelect} value={orgId} onChange={(e) => setOrgId(e.target.value)}>
            {me.organizations.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div aria-live="polite">
        {message ? (
          <p
            className={`notice notice--${message.kind}`}
            role={message.kind === "error" ? "alert" : "status"}
          >
            {message.text}
          </p>
        ) : null}
      </div>
      {listing ? (
        <table className="people-table">
          <caption className="visually-hidden">People in this organization and their roles</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Roles</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listing.people.map((person) => (
              <PersonRow
                key={person.id}
                person={person}
                onRoles={(roles) =>
                  act(
                    () =>
                      readJson(api.people[":id"].roles.$put({ param: { id: person.id }, json: { roles } })),
                    `${person.email} now has the roles ${roles.join(", ")}; they sign in again to use them.`,
                  )
                }
                onRemove={() => {
                  if (!window.confirm(`Remove ${person.email}? They will be signed out at once.`)) return;
                  void act(
                    () => readJson(api.people[":id"].$delete({ param: { id: person.id } })),
                    `${person.email} was removed.`,
                  );
                }}
              />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="loading">Loading people…</p>
      )}
      <AddPerson
        orgName={me.organizations.find((org) => org.id === orgId)?.name ?? orgId}
        onAdd={(email, name, roles) =>
          act(
            () => readJson(api.people.$post({ json: { email, ...(name ? { name } : {}), orgId, roles } })),
            `${email} was added and told by email where to sign in.`,
          )
        }
      />
    </section>
  );
}

function RoleChoices({
  value,
  onChange,
  legend,
}: {
  value: Role[];
  onChange: (roles: Role[]) => void;
  legend: string;
}) {
  const id = useId();
  return (
    <fieldset className="roles">
      <legend>{legend}</legend>
      {ROLES.map((role) => (
        <div key={role.id} className="field field--inline">
          <input
            id={`${id}-${role.id}`}
            type="checkbox"
            checked={value.includes(role.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, role.id] : value.filter((r) => r !== role.id))
            }
          />
          <label htmlFor={`${id}-${role.id}`}>
            {role.label} <span className="hint">({role.hint})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function PersonRow({
  person,
  onRoles,
  onRemove,
}: {
  person: Person;
  onRoles: (roles: Role[]) => void;
  onRemove: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<Role[]>(person.roles as Role[]);
  return (
    <tr>
      <td>{person.name}</td>
      <td>{person.email}</td>
      <td>
        {editing ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              setEditing(false);
              onRoles(roles);
            }}
          >
            <RoleChoices value={roles} onChange={setRoles} legend={`Roles of ${person.email}`} />
            <button
              type="submit"
              className="button button--small button--primary"
              disabled={roles.length === 0}
            >
              Save roles
            </button>
          </form>
        ) : (
          person.roles.join(", ")
        )}
      </td>
      <td className="button-row">
        {editing ? null : (
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            Change roles<span className="visually-hidden"> of {person.email}</span>
          </button>
        )}
        <button type="button" className="button button--small" onClick={onRemove}>
          Remove<span className="visually-hidden"> {person.email}</span>
        </button>
      </td>
    </tr>
  );
}

function AddPerson({
  orgName,
  onAdd,
}: {
  orgName: string;
  onAdd: (email: string, name: string, roles: Role[]) => Promise<void>;
}) {
  const id = useId();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [roles, setRoles] = useState<Role[]>([]);
  return (
    <form
      className="panel add-person"
      aria-labelledby={`${id}-heading`}
      onSubmit={async (e) => {
        e.preventDefault();
        await onAdd(email.trim(), name.trim(), roles);
        setEmail("");
        setName("");
        setRoles([]);
      }}
    >
      <h2 id={`${id}-heading`}>Add a person</h2>
      <p className="hint">
        They join {orgName}, and get an email saying who added them and where to sign in.
      </p>
      <div className="field">
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>
          Name <span className="optional">(optional)</span>
        </label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <RoleChoices value={roles} onChange={setRoles} legend="Roles" />
      <button type="submit" className="button button--primary" disabled={!email.trim() || roles.length === 0}>
        Add person
      </button>
    </form>
  );
}
