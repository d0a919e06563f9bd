// Every built page: the routes of shard 3 of 4 (every-page.ts says why the pages are split over files).
import { everyPageTests } from './every-page';

everyPageTests(3, 4);
