export function App() {
  return (
    <main className="app">
      <header className="app-header">
        <h1>Tradeoff</h1>
        <p>
          Compare job offers on pay, growth, culture and work-life balance — privately, in your
          browser.
        </p>
      </header>
    </main>
  );
}
