// The chrome (layout) and duplicate checks, one table each (texts written for these tests).
import { CHROME_TABLE } from '../../../src/engine/detectors/chrome.ts'
import { DUPLICATE_TABLE, duplicateEnv } from '../../../src/engine/detectors/duplicate.ts'
import type { Doc } from '../../../src/engine/types.ts'
import { bundledData } from '../../helpers.ts'
import { checkTables } from './table.ts'

const BODY = 'The council approved the new housing plan on Monday after a debate that lasted well into the night.'

/** Interface words for the interface-line table (the default rule set's list is data, checked by its examples). */
const VOCABULARY = new Set('open gallery photos photo print article share home comments video listen'.split(' '))

checkTables('chrome checks', CHROME_TABLE, () => ({ en: bundledData().lexicons.en, vocabulary: VOCABULARY }), {
  'author-bio': {
    valid: [
      `${BODY}\nShe is a teacher. He is a doctor. They moved to Oslo in 2010 and never looked back.`,
      `${BODY}\nFor ten years the little shop on the corner did very well. “Then it stopped. They closed the road. It was over,” Mr. Berg said.`,
    ],
    invalid: [
      {
        text: `${BODY}\nMaria Lind\nTea addict. Bacon fan. Web nerd. Music buff. Gamer.`,
        excerpts: ['Tea addict. Bacon fan. Web nerd. Music buff. Gamer.', 'Maria Lind'],
      },
    ],
  },
  'credit-line': {
    valid: ['The minister (left) met the mayor (right) in Gdańsk.', 'Sales rose (see chart / table below) in May.'],
    invalid: [{ text: 'Firefighters at work (PAP / JAN NOWAK) on Sunday.', excerpts: ['(PAP / JAN NOWAK)'] }],
  },
  'bullet-list': {
    valid: ['• The first point of a long argument about the budget\n• The second point, also long enough'],
    invalid: [{ text: `${BODY}\n• Politics\n• Sport`, excerpts: ['• Politics', '• Sport'] }],
  },
  'trailing-lines': {
    valid: [`${BODY}\n\n${BODY}`],
    invalid: [{ text: `${BODY}\nMost read\nWeather today`, excerpts: ['Most read', 'Weather today'] }],
  },
  'trailing-headlines': {
    valid: [`${BODY}\n\n${BODY}\nThe mayor thanked the volunteers.`],
    invalid: [
      {
        text: `${BODY}\nFloods force hundreds from their homes in the north\nPrices of bread rise for the third month in a row`,
        excerpts: [
          'Floods force hundreds from their homes in the north',
          'Prices of bread rise for the third month in a row',
        ],
      },
    ],
  },
  'foreign-line': {
    valid: [`${BODY}\nGlyndebourne\n${BODY}`, `${BODY}\nBENGALURU:\n${BODY}`, `${BODY}\nRead more\n${BODY}`],
    invalid: [
      // pl, nl, ru: chrome of languages the dev corpus does not have.
      { text: `${BODY}\nCzytaj także:\n${BODY}`, excerpts: ['Czytaj także:'] },
      { text: `${BODY}\nGerelateerde artikelen\n${BODY}`, excerpts: ['Gerelateerde artikelen'] },
      { text: `${BODY}\nПоделиться\n${BODY}`, excerpts: ['Поделиться'] },
    ],
  },
  'interface-line': {
    valid: [
      // Prose, a subhead of other words, a sentence of interface words, a path of lower-case words.
      `${BODY}\nThe gallery will open in May\n${BODY}`,
      `${BODY}\nA home for the homeless\n${BODY}`,
      `${BODY}\nShare the photos.\n${BODY}`,
      `${BODY}\nprices > wages > rents\n${BODY}`,
    ],
    invalid: [
      // Buttons of Polish and Russian sites as translated ("Otwórz galerię (14 zdjęć)", "Распечатать статью").
      { text: `${BODY}\nOpen the gallery (14 photos)\n${BODY}`, excerpts: ['Open the gallery (14 photos)'] },
      { text: `${BODY}\nPrint the article\n${BODY}`, excerpts: ['Print the article'] },
      // A label heading a link, and a menu path.
      {
        text: `${BODY}\nVIDEO: Firefighters battle the blaze overnight\n${BODY}`,
        excerpts: ['VIDEO: Firefighters battle the blaze overnight'],
      },
      { text: `${BODY}\nHome > Sport > Football\n${BODY}`, excerpts: ['Home > Sport > Football'] },
    ],
  },
  'teaser-line': {
    valid: [
      // The article's own headline, and a quotation in prose.
      `“We will not give up”: Minister on the crisis\n${BODY}`,
      `${BODY}\n“We will not give up,” the minister said: the talks go on.\n${BODY}`,
    ],
    invalid: [
      // de, pl sites: a related article in the quote-and-speaker form.
      {
        text: `${BODY}\n»Wir geben nicht auf«: Minister on the crisis\n${BODY}`,
        excerpts: ['»Wir geben nicht auf«: Minister on the crisis'],
      },
      {
        text: `${BODY}\n„Nie oddamy ani metra”: the general on the front line.\n${BODY}`,
        excerpts: ['„Nie oddamy ani metra”: the general on the front line.'],
      },
    ],
  },
  'caption-credit': {
    valid: [`${BODY}\nThe AC/DC concert was sold out in an hour.`, `${BODY}\nShe backed the Biden/Harris ticket.`],
    invalid: [
      {
        text: `${BODY}\nThe minister at a rally in Warsaw. JAN NOWAK/PAP\n${BODY}`,
        excerpts: ['The minister at a rally in Warsaw. JAN NOWAK/PAP'],
      },
      { text: `${BODY}\nFans in Istanbul – Ayşe Kaya/Anadolu`, excerpts: ['Fans in Istanbul – Ayşe Kaya/Anadolu'] },
    ],
  },
})

const SENTENCE = 'Rescue teams searched the flooded valley for survivors through the night.'
checkTables('duplicate checks', DUPLICATE_TABLE, (doc: Doc) => duplicateEnv(doc, 6), {
  exact: {
    valid: [`${SENTENCE}\nRescue teams searched the valley again in the morning, with dogs.`],
    invalid: [{ text: `${SENTENCE}\n${SENTENCE}`, excerpts: [SENTENCE, SENTENCE] }],
  },
  'short-line': {
    valid: ['By Anna Berg\nA long first line of the story follows here.'],
    invalid: [{ text: `By Anna Berg\n${SENTENCE}\nBy Anna Berg`, excerpts: ['By Anna Berg'] }],
  },
  truncated: {
    valid: [`${SENTENCE}\nRescue teams searched the hills too.`],
    invalid: [
      {
        text: 'Rescue teams searched the flooded valley for\nRescue teams searched the flooded valley for survivors through the night.',
        excerpts: ['Rescue teams searched the flooded valley for'],
      },
    ],
  },
  restatement: {
    valid: [
      `${SENTENCE} The mayor thanked the volunteers who came from three neighbouring towns.`,
      'The mayor said: "The flood is the worst this valley has seen in fifty years."\n"The flood is the worst this valley has seen in fifty years," she said again.',
    ],
    invalid: [
      {
        text: `${SENTENCE} Later, rescue teams searched the flooded valley for survivors through the night.`,
        excerpts: ['Later, rescue teams searched the flooded valley for survivors through the night.'],
      },
    ],
  },
})
