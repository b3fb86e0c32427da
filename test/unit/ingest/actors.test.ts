import { describe, expect, it } from "vitest";
import { canonicalOrganization } from "../../../ingest/actors/organizations.ts";
import { findMentions } from "../../../ingest/extract-actors.ts";

const found = (text: string) => findMentions(text).map((m) => [m.text, m.kind, m.name]);
const names = (text: string) => findMentions(text).map((m) => m.name);

describe("actor mentions", () => {
  it("takes the name after the last title word and ignores US-style abbreviated titles", () => {
    expect(names("Homeland Security Secretary Alejandro Mayorkas is expected")).toEqual([
      "Alejandro Mayorkas",
    ]);
    expect(names("He was greeted by Texas Gov. Greg Abbott, a Republican.")).toEqual(["Greg Abbott"]);
  });

  it("finds monarchs with regnal numbers, apposition cues and 'named as'", () => {
    expect(names("Morocco's King Mohammed VI has made no comment.")).toContain("Mohammed VI");
    expect(names("Brahim Ghali, the leader of the Polisario Front, was admitted.")).toContain("Brahim Ghali");
    expect(names("The soldier, named by the army as Mateusz Sitek, was attacked.")).toEqual([
      "Mateusz Sitek",
    ]);
    expect(names("the Foreign Minister of Estonia, Eva-Maria Liimets.")).toContain("Eva-Maria Liimets");
  });

  it("does not take buildings for persons or run a name across a line break", () => {
    expect(names("talks with Prime Minister Kyriakos Mitsotakis at the Maximos Mansion on Thursday")).toEqual(
      ["Kyriakos Mitsotakis"],
    );
    expect(
      names("Press and Information Department\nMinistry of Foreign Affairs of the Republic of Latvia"),
    ).toEqual(["Information Department", "Latvian Ministry of Foreign Affairs"]);
  });

  it("reads a state's possessive or demonym before institutions, ministries and forces", () => {
    expect(found("Poland's Border Guard said.")).toEqual([
      ["Poland's Border Guard", "organization", "Polish Border Guard"],
    ]);
    expect(names("Lithuania's parliament approved it.")).toEqual(["Seimas"]);
    expect(names("Belarus's foreign ministry has rejected it.")).toEqual([
      "Belarusian Ministry of Foreign Affairs",
    ]);
    expect(names("The Estonian foreign ministry said.")).toEqual(["Estonian Ministry of Foreign Affairs"]);
    expect(names("The defence ministry in Warsaw says")).toEqual(["Polish Ministry of Defence"]);
    expect(names("Poland's government said")).toEqual(["Poland"]);
  });

  it("names organizations with 'of' phrases, sub-bodies and units of a border agency", () => {
    expect(names("the Operational Command of the Armed Forces announced")).toEqual([
      "Operational Command of the Armed Forces",
    ]);
    expect(names("at the OSCE Ministerial Council in Stockholm")).toEqual(["OSCE Ministerial Council"]);
    expect(names("the National Security Council on Thursday")).toEqual(["National Security Council"]);
    expect(names("The South-East Finland Border Guard District said")).toEqual([
      "Finland",
      "Finnish Border Guard",
    ]);
    expect(names("Estonia's Police and Border Guard Board (PPA) said")).toContain(
      "Police and Border Guard Board",
    );
  });

  it("canonicalizes 'Ministry of X of <State>'", () => {
    expect(canonicalOrganization("Ministry of Foreign Affairs of the Republic of Latvia")).toBe(
      "Latvian Ministry of Foreign Affairs",
    );
    expect(canonicalOrganization("Foreign Ministry of Lithuania")).toBe(
      "Lithuanian Ministry of Foreign Affairs",
    );
    expect(canonicalOrganization("Ministry of Culture")).toBe("Ministry of Culture");
  });

  it("does not take a capital that starts a name for its state", () => {
    expect(names("a videoconference of the Bucharest Nine")).not.toContain("Romania");
    expect(names("Minsk said it would respond.")).toEqual(["Belarus"]);
  });

  it("takes a regional border-guard unit for the article's border agency", () => {
    expect(names("Finnish border guards stopped them at the barrier, the Kainuu Border Guard said.")).toEqual(
      ["Finnish Border Guard", "Finnish Border Guard"],
    );
  });

  it("joins a sub-body to the organization named before it", () => {
    expect(names("on the margins of the United Nations General Assembly in New York")).toEqual([
      "United Nations General Assembly",
    ]);
  });

  it("gives a border agency named without its state to the state the article names", () => {
    expect(names("Ukraine's State Border Guard Service said Russian troops attacked.")).toContain(
      "State Border Guard Service of Ukraine",
    );
    expect(names("Ukrainian officials said the State Border Guard Service was on alert.")).toContain(
      "State Border Guard Service of Ukraine",
    );
    expect(names("Lithuania said the State Border Guard Service was on alert.")).toContain(
      "State Border Guard Service of Lithuania",
    );
  });

  it("finds ambassadors 'to' a state and foreigners as migrants", () => {
    expect(
      names("met with the Ambassador of the People's Republic of China to Belarus Xie Xiaoyong."),
    ).toContain("Xie Xiaoyong");
    expect(names("a group of about 50 foreigners broke through the fence")).toEqual(["Migrants"]);
  });
});
