import {greeting} from './helper';

const target = document.getElementById('groet');
if (target) target.textContent = greeting?.('lezer') ?? '';
