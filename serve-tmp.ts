import {serveBuild} from '/work/main/tests/lib/server';
Promise.all([serveBuild('/work/main/build'), serveBuild('/tmp/kennisbank-classic-baseline', '/', {})]).then(([a, b]) => console.log(a.origin, b.origin));
