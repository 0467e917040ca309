// Unit tests for the htmlparser2 main-content extractor. All fixtures are invented here.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../../src/clean/html/extractHtml.ts';

const EN_PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <title>Harbour bridge reopens after repairs | The Coastal Ledger</title>
  <meta property="og:site_name" content="The Coastal Ledger">
  <meta property="og:title" content="Harbour bridge reopens after repairs">
  <meta property="article:modified_time" content="2024-02-20T09:00:00Z">
  <link rel="canonical" href="https://ledger.example/news/harbour-bridge">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@graph":[
    {"@type":"WebSite","name":"Coastal Ledger Online"},
    {"@type":"NewsArticle","headline":"Harbour bridge reopens after repairs",
     "datePublished":"2024-02-12T07:30:00+01:00","dateModified":"2024-02-20T09:00:00Z",
     "author":[{"@type":"Person","name":"Maria Fenwick"}],
     "publisher":{"@type":"Organization","name":"The Coastal Ledger"}}]}
  </script>
  <style>.x{color:red}</style>
</head>
<body>
  <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
  <main>
    <article class="story">
      <h1>Harbour bridge reopens after repairs</h1>
      <div class="byline">By <a rel="author" href="/authors/maria-fenwick">Maria Fenwick</a></div>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
      <figure><img src="bridge.jpg" alt=""><figcaption>Workers repaint the northern span at dawn. Photo: J. Ortega</figcaption></figure>
      <div class="story-body">
        <p>The old harbour bridge reopened to traffic on Monday morning, after eleven months of repairs that cost the county far more than first planned, officials said.</p>
        <p>Engineers replaced the rusted cables, rebuilt both approach ramps and added a wider footpath for cyclists, pedestrians and the fishermen who use the bridge at night.</p>
        <h2>Traffic returns to the quay</h2>
        <p>Shop owners along the quay said trade had fallen by almost a third while the bridge was closed, and several cafés had cut their opening hours &amp; staff.</p>
        <p>&#8220;We are relieved,&#8221; said one baker, who has worked on the quay for twenty years. &#8220;People can finally reach us again without a long detour.&#8221;</p>
        <p>The county expects the final inspection report in the spring, when it will decide whether heavy lorries may cross the bridge again.</p>
      </div>
      <div class="tags">Tags: <a href="/t/bridges">bridges</a>, <a href="/t/transport">transport</a></div>
    </article>
    <aside class="related">
      <h3>Related stories</h3>
      <ul>
        <li><a href="/a1">Ferry timetable changes for the winter season</a> <time datetime="2023-11-02">2 Nov 2023</time></li>
        <li><a href="/a2">Council approves new cycle lanes downtown</a> <time datetime="2023-10-15">15 Oct 2023</time></li>
        <li><a href="/a3">Storm damage closes the coastal road again</a> <time datetime="2023-09-30">30 Sep 2023</time></li>
      </ul>
    </aside>
    <section id="comments" class="comments">
      <h3>3 comments</h3>
      <div class="comment"><p>Finally! I have been waiting for this bridge to reopen for months, the detour was awful.</p></div>
      <div class="comment"><p>What a waste of money, they should have built a new one instead, in my opinion.</p></div>
    </section>
  </main>
  <div class="newsletter-signup"><p>Sign up for our daily newsletter and get the news in your inbox.</p></div>
  <footer><p>© 2024 The Coastal Ledger. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
  <script>window.tracking = "should never appear";</script>
</body>
</html>`;

const ES_PAGE = `<html>
<head>
  <meta charset="utf-8">
  <title>Las lluvias llenan los embalses del sur - El Diario del Valle</title>
  <meta property="og:site_name" content="El Diario del Valle">
  <meta property="og:locale" content="es_ES">
  <meta property="og:url" content="/noticias/lluvias-embalses">
</head>
<body>
  <div id="menu" class="menu-principal"><a href="/">Portada</a> | <a href="/local">Local</a> | <a href="/deportes">Deportes</a></div>
  <div class="contenido-noticia">
    <h1>Las lluvias llenan los embalses del sur</h1>
    <p class="autor">Por Ana Gómez Ruiz</p>
    <time datetime="2023-04-18T10:15:00+02:00">18 de abril de 2023</time>
    <p>Las intensas lluvias de la última semana han elevado el nivel de los embalses del sur hasta el sesenta por ciento, según los datos publicados este martes por la confederación hidrográfica.</p>
    <p>Los agricultores de la comarca, que llevaban meses pendientes del cielo, celebran la noticia, aunque advierten de que la sequía todavía no ha terminado del todo.</p>
    <p>Los técnicos recuerdan que, pese a la mejora, las reservas siguen por debajo de la media de los últimos diez años, y piden prudencia en el consumo de agua.</p>
    <div class="pie-foto">Vista del embalse desde la presa. Foto: Archivo</div>
    <p>Publicidad</p>
    <div class="compartir social"><a href="#">Compartir en Facebook</a><a href="#">Compartir en X</a></div>
    <div class="noticias-relacionadas">
      <h4>Noticias relacionadas</h4>
      <div class="relacionada"><a href="/n1">El ayuntamiento aprueba el nuevo plan de riego</a><time datetime="2022-07-01">1 de julio de 2022</time></div>
      <div class="relacionada"><a href="/n2">La feria del campo vuelve en mayo</a><time datetime="2022-05-03">3 de mayo de 2022</time></div>
    </div>
  </div>
  <div id="comentarios"><p>Deja tu comentario</p><p>Qué buena noticia para todos los vecinos de la comarca, por fin llueve.</p></div>
</body>
</html>`;

function body(r: { paragraphs: string[] }): string {
  return r.paragraphs.join('\n\n');
}

describe('extractHtml', () => {
  test('rejects non-string input with a TypeError', () => {
    assert.throws(() => extractHtml(null as unknown as string), { name: 'TypeError', message: 'Expected a string, not null' });
    assert.throws(() => extractHtml(42 as unknown as string), { name: 'TypeError', message: 'Expected a string, not number' });
    assert.throws(() => extractHtml(Buffer.from('<p>x</p>') as unknown as string), TypeError);
  });

  test('empty and text-only inputs do not throw', () => {
    const r = extractHtml('');
    assert.deepEqual(r.paragraphs, []);
    assert.equal(r.title, null);
    const t = extractHtml('just some words without any markup at all, nothing else');
    assert.ok(Array.isArray(t.paragraphs));
  });

  describe('English news page', () => {
    const r = extractHtml(EN_PAGE, { url: 'https://ledger.example/news/harbour-bridge?utm=x' });
    const text = body(r);

    test('keeps the article body in document order, with in-article headings', () => {
      const i1 = r.paragraphs.findIndex((p) => p.startsWith('The old harbour bridge reopened'));
      const ih = r.paragraphs.indexOf('Traffic returns to the quay');
      const i2 = r.paragraphs.findIndex((p) => p.startsWith('The county expects the final inspection'));
      assert.ok(i1 >= 0 && ih > i1 && i2 > ih, JSON.stringify(r.paragraphs));
    });

    test('decodes entities and normalises whitespace', () => {
      assert.ok(text.includes('cut their opening hours & staff.'));
      assert.ok(text.includes('\u201cWe are relieved,\u201d said one baker'));
      for (const p of r.paragraphs) assert.equal(p, p.replace(/\s+/g, ' ').trim());
    });

    test('drops navigation, share bar, related links, comments, newsletter, footer, scripts', () => {
      for (const junk of ['Home', 'Share on Facebook', 'Ferry timetable', 'waste of money', 'daily newsletter', 'All rights reserved', 'tracking', 'color:red', 'cookies', 'Tags:']) {
        assert.ok(!text.includes(junk), `should not contain ${junk}`);
      }
    });

    test('does not repeat the headline or the byline in the body', () => {
      assert.ok(!r.paragraphs.includes('Harbour bridge reopens after repairs'));
      assert.ok(!r.paragraphs.some((p) => p.includes('Maria Fenwick')));
    });

    test('keeps captions apart and records removals with reasons', () => {
      assert.deepEqual(r.captions, ['Workers repaint the northern span at dawn. Photo: J. Ortega']);
      assert.ok(!text.includes('Workers repaint'));
      const reasons = new Set(r.removed.map((x) => x.reason));
      assert.ok(reasons.has('caption'));
      assert.ok(reasons.has('share'), JSON.stringify(r.removed));
      assert.ok(r.removed.some((x) => x.reason === 'tags' && x.text.includes('bridges')), JSON.stringify(r.removed));
    });

    test('reads metadata with evidence, preferring the article over modified/related dates', () => {
      assert.equal(r.title?.value, 'Harbour bridge reopens after repairs');
      assert.match(r.title!.evidence, /headline/);
      assert.equal(r.byline?.value, 'Maria Fenwick');
      assert.equal(r.published?.value, '2024-02-12T07:30:00+01:00');
      assert.match(r.published!.evidence, /datePublished/);
      assert.equal(r.siteName?.value, 'The Coastal Ledger');
      assert.match(r.siteName!.evidence, /og:site_name/);
      assert.equal(r.lang, 'en-GB');
      assert.equal(r.url, 'https://ledger.example/news/harbour-bridge');
    });
  });

  describe('Spanish page without structured data', () => {
    const r = extractHtml(ES_PAGE, { url: 'https://diario.example/noticias/lluvias-embalses' });
    const text = body(r);

    test('extracts the Spanish body and drops menu, share, ads, related and comments', () => {
      assert.equal(r.paragraphs.length, 3, JSON.stringify(r.paragraphs));
      assert.ok(r.paragraphs[0]!.startsWith('Las intensas lluvias'));
      assert.ok(r.paragraphs[2]!.endsWith('consumo de agua.'));
      for (const junk of ['Portada', 'Publicidad', 'Compartir', 'plan de riego', 'Deja tu comentario', 'Por Ana']) {
        assert.ok(!text.includes(junk), `should not contain ${junk}`);
      }
      assert.ok(r.removed.some((x) => x.reason === 'advertising' && x.text === 'Publicidad'));
      assert.deepEqual(r.captions, ['Vista del embalse desde la presa. Foto: Archivo']);
    });

    test('title loses the site suffix; date comes from the article <time>, not a related one', () => {
      assert.equal(r.title?.value, 'Las lluvias llenan los embalses del sur');
      assert.equal(r.published?.value, '2023-04-18T10:15:00+02:00');
      assert.match(r.published!.evidence, /<time/);
      assert.equal(r.byline?.value, 'Ana Gómez Ruiz');
      assert.equal(r.siteName?.value, 'El Diario del Valle');
      assert.equal(r.lang, 'es-ES');
      assert.equal(r.url, 'https://diario.example/noticias/lluvias-embalses');
    });
  });

  test('tolerates malformed markup: unclosed tags, stray closers, broken attributes', () => {
    const html = `<html><body><div class="post-body"><p>First paragraph of a broken page, written with care, commas, and more than enough words to count.
      <p>Second paragraph <b>with bold <i>and italic text that never closes, which browsers forgive, and so must we.
      </div></span></td><p class=">Third paragraph after a stray closer, still part of the same story, of course.</p>
      <div <p>garbage`;
    const r = extractHtml(html);
    const text = body(r);
    assert.ok(text.includes('First paragraph of a broken page'));
    assert.ok(text.includes('and italic text that never closes'));
  });

  test('inline markup does not split words, block markup does', () => {
    const r = extractHtml('<article><p>Un<b>believ</b>able results, said the team, after a long season of work and patience.</p><p>Second block, with enough words, commas, and length to be content.</p></article>');
    assert.ok(r.paragraphs[0]!.startsWith('Unbelievable results'));
    assert.equal(r.paragraphs.length, 2);
  });

  test('main container wins over a longer link-heavy sidebar', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/x${i}">Another headline number ${i} about something else entirely</a></li>`).join('');
    const paras = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the real story, with details, names, places, and enough length to be scored as content by the extractor.</p>`).join('');
    const r = extractHtml(`<body><div class="links-list"><ul>${links}</ul></div><div class="entry">${paras}</div></body>`);
    assert.equal(r.paragraphs.length, 4);
    assert.ok(r.paragraphs.every((p) => p.startsWith('Paragraph ')));
  });
});
