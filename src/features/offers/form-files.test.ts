import { fetchFormFiles, formFiles } from './form-files';

/*
 * The built app names the offer form's files in the first-render chunk; the page fetches them when
 * idle and runs the form's code only when it opens.
 */
describe("the offer form's files", () => {
  afterEach(() => {
    for (const link of document.head.querySelectorAll('link')) link.remove();
  });

  it('are the ones the build named; the dev server names none', () => {
    expect(formFiles('panels-a1.js offer-form-b2.js offer-form-c3.css')).toEqual([
      'panels-a1.js',
      'offer-form-b2.js',
      'offer-form-c3.css',
    ]);
    expect(formFiles('__TRADEOFF_FORM_FILES__')).toEqual([]);
    expect(formFiles()).toEqual([]);
  });

  it('are fetched beside the first-render chunk: code preloaded (not run), the style sheet added', () => {
    fetchFormFiles(
      ['panels-a1.js', 'offer-form-b2.js', 'offer-form-c3.css'],
      'https://tradeoff.example/assets/index-x.js',
    );

    const links = [...document.head.querySelectorAll('link')].map((link) => [link.rel, link.href]);
    expect(links).toEqual([
      ['modulepreload', 'https://tradeoff.example/assets/panels-a1.js'],
      ['modulepreload', 'https://tradeoff.example/assets/offer-form-b2.js'],
      ['stylesheet', 'https://tradeoff.example/assets/offer-form-c3.css'],
    ]);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });
});
